import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Popconfirm, Space, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { fieldErrors, useErrorReporter } from '../../api/errors';
import { ReviewVisitDocument } from '../../components/visit/documents';
import { useVisitText } from '../../components/visit/texts';

/** Accept, or send back with a comment saying what to fix. */
export function ReviewActions({ visitId, onDone }: { visitId: string; onDone: () => void }) {
  const t = useVisitText();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [{ fetching }, review] = useMutation(ReviewVisitDocument);
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);

  const decide = async (accept: boolean) => {
    if (!accept && !comment.trim()) {
      setCommentError(t('review.commentRequired'));
      return;
    }
    const { data, error } = await review({ input: { visitId, accept, comment: accept ? '' : comment.trim() } });
    const errors = data?.reviewVisit.errors;
    const byField = fieldErrors(errors);
    if (byField.comment) {
      setCommentError(byField.comment);
      return;
    }
    if (report(error, errors)) return;
    setOpen(false);
    void message.success(accept ? t('review.accepted') : t('review.returned'));
    onDone();
  };

  return (
    <>
      <Space wrap>
        <Popconfirm title={t('review.accept')} onConfirm={() => void decide(true)} okButtonProps={{ 'data-testid': 'confirm-accept' } as ButtonProps}>
          <Button type="primary" icon={<CheckOutlined />} loading={fetching} data-testid="review-accept">
            {t('review.accept')}
          </Button>
        </Popconfirm>
        <Button danger icon={<RollbackOutlined />} onClick={() => setOpen(true)} data-testid="review-return">
          {t('review.return')}
        </Button>
      </Space>
      <Modal
        open={open}
        title={t('review.return')}
        okText={t('review.return')}
        okButtonProps={{ danger: true, loading: fetching, 'data-testid': 'confirm-return' } as ButtonProps}
        onOk={() => void decide(false)}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label={t('review.commentLabel')} required validateStatus={commentError ? 'error' : undefined} help={commentError}>
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={2000}
              placeholder={t('review.commentPlaceholder')}
              value={comment}
              onChange={(event) => {
                setComment(event.target.value);
                setCommentError(null);
              }}
              data-testid="review-comment"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
