import { FilterOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { CATEGORIES, RISK_FLAGS } from '../../components/registry/categories';
import { useTexts } from '../../components/registry/texts';
import { useI18n } from '../../i18n';
import { looksLikeIdNumber, type FilterValues } from './filter';
import { TEXTS } from './texts';
import { useCadres } from './useCadres';
import { usePlaces } from './usePlaces';

/** "any" in the risk select stands for `anyRiskFlag: true`. */
const ANY_RISK = '__any__';

type FormValues = FilterValues & { risk?: string };

type Props = { values: FilterValues; onChange: (values: FilterValues) => void };

/** Search and filters of the household list; applies on submit. */
export function HouseholdFilters({ values, onChange }: Props) {
  const t = useTexts(TEXTS);
  const { pick } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const { towns, fetching: placesLoading } = usePlaces();
  const { cadres, fetching: cadresLoading } = useCadres();
  const [more, setMore] = useState(() => Boolean(values.helperId || values.riskFlag || values.anyRiskFlag || values.idNumber || values.category));

  const townId = Form.useWatch('townId', form);
  const areaId = Form.useWatch('areaId', form);

  useEffect(() => {
    form.setFieldsValue({ ...emptyValues(), ...values, risk: values.anyRiskFlag === 'true' ? ANY_RISK : values.riskFlag });
  }, [form, values]);

  const townChoices = towns.length === 1 ? towns : towns.filter((town) => !townId || town.id === townId);
  const areas = useMemo(() => townChoices.flatMap((town) => town.areas), [townChoices]);
  const villages = useMemo(
    () => areas.filter((area) => !areaId || area.id === areaId).flatMap((area) => area.villages),
    [areas, areaId],
  );

  const submit = (form: FormValues) => {
    const { risk, ...rest } = form;
    onChange({
      ...rest,
      riskFlag: risk && risk !== ANY_RISK ? risk : undefined,
      anyRiskFlag: risk === ANY_RISK ? 'true' : undefined,
    });
  };

  const select = { allowClear: true, showSearch: true, optionFilterProp: 'label', placeholder: t('filter.all') };

  return (
    <Form<FormValues> form={form} layout="vertical" onFinish={submit} data-testid="household-filters">
      <Row gutter={[12, 0]}>
        <Col xs={24} md={12} lg={8}>
          <Form.Item name="search" label={t('filter.search')}>
            <Input allowClear prefix={<SearchOutlined />} data-testid="filter-search" />
          </Form.Item>
        </Col>
        {towns.length > 1 && (
          <Col xs={24} sm={12} lg={4}>
            <Form.Item name="townId" label={t('filter.town')}>
              <Select
                {...select}
                loading={placesLoading}
                options={towns.map((town) => ({ value: town.id, label: town.name }))}
                onChange={() => form.setFieldsValue({ areaId: undefined, villageId: undefined })}
              />
            </Form.Item>
          </Col>
        )}
        <Col xs={12} lg={4}>
          <Form.Item name="areaId" label={t('filter.area')}>
            <Select
              {...select}
              loading={placesLoading}
              options={areas.map((area) => ({ value: area.id, label: area.name }))}
              onChange={() => form.setFieldsValue({ villageId: undefined })}
            />
          </Form.Item>
        </Col>
        <Col xs={12} lg={4}>
          <Form.Item name="villageId" label={t('filter.village')}>
            <Select {...select} loading={placesLoading} options={villages.map((v) => ({ value: v.id, label: v.name }))} />
          </Form.Item>
        </Col>
        {more && (
          <>
            <Col xs={12} sm={12} lg={4}>
              <Form.Item name="category" label={t('filter.category')}>
                <Select {...select} options={CATEGORIES.map((c) => ({ value: c.value, label: pick(c.zh, c.en) }))} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={12} lg={4}>
              <Form.Item name="helperId" label={t('filter.cadre')}>
                <Select {...select} loading={cadresLoading} options={cadres.map((c) => ({ value: c.id, label: c.name }))} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item name="risk" label={t('filter.risk')}>
                <Select
                  {...select}
                  options={[
                    { value: ANY_RISK, label: t('filter.anyRisk') },
                    ...RISK_FLAGS.map((flag) => ({ value: flag.value, label: pick(flag.zh, flag.en) })),
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item
                name="idNumber"
                label={t('filter.idNumber')}
                rules={[
                  {
                    validator: (_, value?: string) =>
                      !value || looksLikeIdNumber(value) ? Promise.resolve() : Promise.reject(new Error(t('filter.idNumberInvalid'))),
                  },
                ]}
              >
                <Input allowClear maxLength={18} autoComplete="off" data-testid="filter-id-number" />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
      <Space wrap>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="filter-submit">
          {t('filter.submit')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
        >
          {t('filter.reset')}
        </Button>
        <Button type="link" icon={<FilterOutlined />} onClick={() => setMore(!more)}>
          {more ? t('filter.less') : t('filter.more')}
        </Button>
      </Space>
    </Form>
  );
}

function emptyValues(): FormValues {
  return {
    townId: undefined,
    areaId: undefined,
    villageId: undefined,
    category: undefined,
    helperId: undefined,
    risk: undefined,
    search: undefined,
    idNumber: undefined,
  };
}
