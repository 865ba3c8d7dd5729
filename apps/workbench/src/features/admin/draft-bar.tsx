import type { ReactNode } from 'react';
import { Alert, App, Button, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { STICKY_BAR } from './labels';

/**
 * The bar above a versioned table (法制审核目录, 裁量基准 …): what is in force, or that a draft is
 * being edited; for those who may edit, start a draft, publish it as a new version, or discard it.
 */
export function DraftBar({
  drafting,
  editable,
  status,
  editLabel,
  onEdit,
  onPublish,
  onDiscard,
}: {
  drafting: boolean;
  editable: boolean;
  /** what is in force, said when no draft is open */
  status: ReactNode;
  editLabel: string;
  onEdit: () => void;
  onPublish: () => void;
  onDiscard: () => void;
}) {
  const { modal } = App.useApp();
  return (
    <Alert
      type={drafting ? 'warning' : 'info'}
      showIcon
      style={STICKY_BAR}
      title={drafting ? '正在修改：修改尚未生效，点击“发布新版本”后成为现行版本' : status}
      action={
        editable ? (
          drafting ? (
            <Space wrap>
              <Button type="primary" onClick={onPublish}>
                发布新版本
              </Button>
              <Button
                onClick={() => modal.confirm({ title: '放弃全部修改？', okText: '放弃修改', cancelText: '继续修改', onOk: onDiscard })}
              >
                放弃修改
              </Button>
            </Space>
          ) : (
            <Button icon={<EditOutlined />} onClick={onEdit}>
              {editLabel}
            </Button>
          )
        ) : undefined
      }
    />
  );
}

/** The foot of a drawer that edits one row of a draft: 确定, 取消 and where the change takes effect. */
export function DraftDrawerFooter({ onClose, publishLabel = '发布新版本' }: { onClose: () => void; publishLabel?: string }) {
  return (
    <>
      <Space>
        <Button type="primary" htmlType="submit">
          确定
        </Button>
        <Button onClick={onClose}>取消</Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
        修改先保存在本页，点击“{publishLabel}”后生效。
      </Typography.Paragraph>
    </>
  );
}
