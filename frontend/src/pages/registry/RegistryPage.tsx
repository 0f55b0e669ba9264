import { Placeholder } from '../../components/Placeholder';

/** Registry — placeholder; replace this file with the real page. */
export default function RegistryPage() {
  return (
    <Placeholder
      titleZh="户籍台账"
      titleEn="Registry"
      descriptionZh="户、成员、收入、住房和风险提示的一次填报；导入、导出、身份证号查看（留痕）。"
      descriptionEn="Households and members entered once; import, export, audited reveal of ID numbers."
      api="households, importRegistry, /download/households.xlsx"
    />
  );
}
