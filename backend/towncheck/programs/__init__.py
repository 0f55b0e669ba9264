"""Key villages (扶贫工作重点村), social assistance (社会扶贫) and intra-province collaboration
(省内扶贫协作): sections (一).4, (四) and (五) of the checklist."""
