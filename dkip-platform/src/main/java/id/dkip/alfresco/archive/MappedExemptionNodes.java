package id.dkip.alfresco.archive;

import id.dkip.alfresco.model.EntryNodeMapper;
import id.dkip.core.register.DkipEntry;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;

/** {@link ExemptionNodes} over the model's {@link EntryNodeMapper} (bean {@code dkip.model.entryMapper}). */
public class MappedExemptionNodes implements ExemptionNodes, InitializingBean {

    private EntryNodeMapper entryMapper;

    public void setEntryMapper(EntryNodeMapper entryMapper) {
        this.entryMapper = entryMapper;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "entryMapper", entryMapper);
    }

    @Override
    public DkipEntry read(NodeRef node) {
        return entryMapper.read(node);
    }

    @Override
    public void write(NodeRef node, DkipEntry entry) {
        entryMapper.write(node, entry);
    }
}
