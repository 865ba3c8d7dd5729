import { useState } from 'react';
import { Button, Checkbox, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { ROLE_NAMES } from '@sanxiang/domain/browser';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import type { AgencyRow, RoleCode, StaffUser } from './api-types';
import { UNIT_KINDS } from './labels';
import { ProblemsAlert } from './problems';

interface Values {
  username: string;
  displayName: string;
  password: string;
  post?: string;
  unitId?: string | null;
  roles: RoleCode[];
  legalQualification?: boolean;
  reviewerQualified?: boolean;
  disabled?: boolean;
}

const ROLE_OPTIONS = (Object.keys(ROLE_NAMES) as RoleCode[]).map((r) => ({ value: r, label: ROLE_NAMES[r] }));

/** 新增人员 or 修改人员 (roles, 内设机构, 职务, 停用); the password is set only when the account is made. */
export function UserForm({ agency, user, onDone }: { agency: AgencyRow; user?: StaffUser; onDone: (u: StaffUser) => void }) {
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const self = user?.id === session.user.userId;
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const saved = user
        ? await unwrap(
            api.PATCH('/api/v1/users/{id}', {
              params: { path: { id: user.id } },
              body: { roles: v.roles, unitId: v.unitId ?? null, post: v.post?.trim() ?? '', ...(self ? {} : { disabled: !!v.disabled }) },
            }),
          )
        : await unwrap(
            api.POST('/api/v1/users', {
              body: {
                agencyId: agency.id,
                unitId: v.unitId ?? null,
                username: v.username.trim(),
                displayName: v.displayName.trim(),
                post: v.post?.trim() ?? '',
                roles: v.roles,
                password: v.password,
                legalQualification: !!v.legalQualification,
                reviewerQualified: !!v.reviewerQualified,
              },
            }),
          );
      onDone(saved);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<Values>
      name="user"
      layout="vertical"
      onFinish={(v) => void submit(v)}
      disabled={busy}
      initialValues={
        user
          ? { roles: user.roles as RoleCode[], unitId: user.unit?.id ?? null, post: user.post, disabled: user.disabled }
          : { roles: ['officer'] }
      }
    >
      <ProblemsAlert error={error} />
      <Typography.Paragraph type="secondary">所属机关：{agency.name}</Typography.Paragraph>
      {user ? (
        <Typography.Paragraph>
          {user.displayName}（用户名 {user.username}）
        </Typography.Paragraph>
      ) : (
        <Space wrap size={16} align="start">
          <Form.Item label="姓名" name="displayName" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
            <Input maxLength={50} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item
            label="用户名"
            name="username"
            rules={[
              { required: true, message: '请填写用户名' },
              { pattern: /^[a-zA-Z0-9_.-]{3,40}$/, message: '3–40 位字母、数字、点、下划线或连字符' },
            ]}
            extra="登录用，如 scjg.zhangsan"
          >
            <Input maxLength={40} style={{ width: 220 }} autoComplete="off" />
          </Form.Item>
          <Form.Item
            label="初始密码"
            name="password"
            rules={[
              { required: true, message: '请设置初始密码' },
              { min: 8, message: '至少 8 位' },
            ]}
            extra="至少 8 位，须含大写字母、小写字母、数字、符号中的至少两类；请当面告知本人"
          >
            <Input.Password maxLength={128} style={{ width: 220 }} autoComplete="new-password" />
          </Form.Item>
        </Space>
      )}
      <Space wrap size={16} align="start">
        <Form.Item label="内设机构" name="unitId">
          <Select
            allowClear
            placeholder="不属于内设机构"
            style={{ width: 220 }}
            options={agency.units.map((u) => ({
              value: u.id,
              label: `${u.name}（${UNIT_KINDS[u.kind as keyof typeof UNIT_KINDS] ?? u.kind}）`,
            }))}
          />
        </Form.Item>
        <Form.Item label="职务" name="post">
          <Input maxLength={50} style={{ width: 180 }} placeholder="如：科员、大队长" />
        </Form.Item>
      </Space>
      <Form.Item
        label="角色"
        name="roles"
        rules={[{ required: true, message: '至少需要一个角色' }]}
        extra="办、审、定分离：同一案件中承办、审核、决定由不同人员担任，系统在办案时检查。"
      >
        <Checkbox.Group options={ROLE_OPTIONS} />
      </Form.Item>
      {user ? (
        <Form.Item
          label="停用账号"
          name="disabled"
          valuePropName="checked"
          extra={self ? '不能停用自己的账号' : '停用后立即退出登录，不能再登录；记录保留'}
        >
          <Switch checkedChildren="已停用" unCheckedChildren="在用" disabled={self || busy} />
        </Form.Item>
      ) : (
        <Space wrap size={24}>
          <Form.Item name="legalQualification" valuePropName="checked">
            <Checkbox>具有法律职业资格</Checkbox>
          </Form.Item>
          <Form.Item name="reviewerQualified" valuePropName="checked">
            <Checkbox>具有法制审核资格</Checkbox>
          </Form.Item>
        </Space>
      )}
      <div>
        <Button type="primary" htmlType="submit" loading={busy}>
          {user ? '保存修改' : '新增人员'}
        </Button>
      </div>
    </Form>
  );
}
