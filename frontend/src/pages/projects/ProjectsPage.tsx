import { Placeholder } from '../../components/Placeholder';

/** Projects — placeholder; replace this file with the real page. */
export default function ProjectsPage() {
  return (
    <Placeholder
      titleZh="扶贫项目"
      titleEn="Projects"
      descriptionZh="项目库、产业扶贫项目、资产确权与收益分配。"
      descriptionEn="Project library, projects, asset registration and income distribution."
      api="projectLibrary, projects, projectFindings"
    />
  );
}
