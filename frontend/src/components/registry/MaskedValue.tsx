import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Typography } from 'antd';
import { useReveal } from './useReveal';

type Texts = { show: string; hide: string; confirm: string; ok: string; cancel: string };

type Props = {
  /** The masked value exactly as the API returns it. */
  masked: string;
  kind: 'idNumber' | 'phone';
  /** The member's or household's global ID. */
  id: string;
  /** Whether the viewer may read it in full (`person/reveal`, not read-only). */
  mayReveal: boolean;
  texts: Texts;
  testId?: string;
};

/** A masked ID number or phone, with an audited "show full" for those who may. */
export function MaskedValue({ masked, kind, id, mayReveal, texts, testId }: Props) {
  const { value, loading, reveal, hide } = useReveal(kind, id);
  return (
    <Space size={4} wrap={false}>
      <Typography.Text code={kind === 'idNumber'} data-testid={testId} copyable={value ? { text: value } : false}>
        {value ?? masked}
      </Typography.Text>
      {mayReveal &&
        (value ? (
          <Button size="small" type="link" icon={<EyeInvisibleOutlined />} onClick={hide} aria-label={texts.hide} />
        ) : (
          <Popconfirm title={texts.confirm} okText={texts.ok} cancelText={texts.cancel} onConfirm={() => void reveal()}>
            <Button size="small" type="link" icon={<EyeOutlined />} loading={loading} aria-label={texts.show} data-testid="reveal">
              {texts.show}
            </Button>
          </Popconfirm>
        ))}
    </Space>
  );
}
