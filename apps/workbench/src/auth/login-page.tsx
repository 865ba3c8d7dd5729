import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { errorMessage } from '../components/states';
import { useSignIn } from './session';

/** 登录: username and password; the session is an HttpOnly cookie that ends after idleness. */
export default function LoginPage() {
  const { state, accept } = useSignIn();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const why = state.kind === 'signed-out' ? state.why : undefined;

  const submit = async (v: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const r = await unwrap(
        api.POST('/api/v1/auth/login', { body: { username: v.username.trim(), password: v.password, client: 'workbench' } }),
      );
      // what was asked for before signing in (a prefetch answered 401) is asked again
      queryClient.clear();
      accept({ user: r.user, session: r.session });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login-page">
      <Card className="login-card">
        <Typography.Title level={1} style={{ fontSize: 24, marginBottom: 4 }}>
          执法工作台
        </Typography.Title>
        <Typography.Paragraph type="secondary">三项 · 行政执法公示、全过程记录、重大执法决定法制审核</Typography.Paragraph>
        {why && !error ? <Alert type="info" showIcon title={why} style={{ marginBottom: 16 }} /> : null}
        {error ? <Alert type="error" showIcon role="alert" title={errorMessage(error)} style={{ marginBottom: 16 }} /> : null}
        <Form layout="vertical" onFinish={submit} requiredMark={false} autoComplete="on">
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            登录
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
          连续输错 5 次须等待 15 分钟。长时间无操作将自动退出。公众查询请访问 <a href="/">公示平台</a>。
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
