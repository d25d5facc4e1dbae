package id.dkip.alfresco.webscripts.publik;

import id.dkip.alfresco.webscripts.SiteRegisterRows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.alfresco.model.EntryNodeMapper;
import id.dkip.core.register.DkipEntry;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.model.DataListModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.namespace.QName;
import org.mockito.MockedStatic;
import org.mockito.stubbing.Answer;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * A repository for {@link PublicDkipGet}: one site's DKIP data list holding given rows, and a second list of
 * another type. The visitor is unauthenticated, so, as in Alfresco, every node read outside
 * {@code AuthenticationUtil.runAsSystem} is refused; runAsSystem runs its work as system.
 */
final class PublicDkipFixture implements AutoCloseable {
    static final String SITE = "dinkes";
    private static final NodeRef CONTAINER = new NodeRef("workspace://SpacesStore/datalists");
    private static final NodeRef DKIP_LIST = new NodeRef("workspace://SpacesStore/list-dkip");
    private static final NodeRef OTHER_LIST = new NodeRef("workspace://SpacesStore/list-todo");

    final SiteService siteService = mock(SiteService.class);
    final NodeService nodeService = mock(NodeService.class);
    final WebScriptRequest req = mock(WebScriptRequest.class);
    final WebScriptResponse res = mock(WebScriptResponse.class);
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    final PublicDkipGet webScript = new PublicDkipGet();
    private final MockedStatic<AuthenticationUtil> auth = mockStatic(AuthenticationUtil.class);
    private final ThreadLocal<Boolean> asSystem = ThreadLocal.withInitial(() -> false);
    int systemRuns;

    PublicDkipFixture(List<DkipEntry> entries, Date modified, String settingsLocation) throws Exception {
        auth.when(() -> AuthenticationUtil.runAsSystem(any())).thenAnswer(inv -> {
            systemRuns++;
            asSystem.set(true);
            try {
                return inv.getArgument(0, AuthenticationUtil.RunAsWork.class).doWork();
            } finally {
                asSystem.set(false);
            }
        });
        Map<NodeRef, DkipEntry> rows = new HashMap<>();
        EntryNodeMapper mapper = mock(EntryNodeMapper.class);
        when(mapper.read(any(NodeRef.class))).thenAnswer(system(inv -> rows.get(inv.getArgument(0, NodeRef.class))));
        webScript.setSiteService(siteService);
        webScript.setNodeService(nodeService);
        webScript.setEntryMapper(mapper);
        webScript.setSites(" " + SITE + " , ");
        webScript.setSettingsLocation(settingsLocation);
        webScript.afterPropertiesSet();
        when(res.getOutputStream()).thenReturn(body);
        when(siteService.getSite(anyString())).thenAnswer(system(inv -> SITE.equals(inv.getArgument(0)) ? mock(SiteInfo.class) : null));
        when(siteService.getContainer(SITE, SiteRegisterRows.DATA_LISTS)).thenAnswer(system(inv -> CONTAINER));
        when(nodeService.getChildAssocs(CONTAINER, Set.of(DataListModel.TYPE_DATALIST))).thenAnswer(system(inv -> List.of(
                child(CONTAINER, OTHER_LIST), child(CONTAINER, DKIP_LIST))));
        when(nodeService.getProperty(OTHER_LIST, DataListModel.PROP_DATALIST_ITEM_TYPE)).thenAnswer(system(inv -> "dl:todoList"));
        when(nodeService.getProperty(DKIP_LIST, DataListModel.PROP_DATALIST_ITEM_TYPE)).thenAnswer(system(inv -> "dkip:itemDkip"));
        List<ChildAssociationRef> items = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) { // stored out of order: the page follows dkip:nomorUrut
            NodeRef row = new NodeRef("workspace://SpacesStore/row-" + i);
            rows.put(row, entries.get(i));
            int n = i + 1;
            when(nodeService.getProperty(row, DkipModel.PROP_NOMOR_URUT)).thenAnswer(system(inv -> n));
            Date rowModified = new Date(modified.getTime() - (entries.size() - i) * 60_000L);
            when(nodeService.getProperty(row, ContentModel.PROP_MODIFIED)).thenAnswer(system(inv -> rowModified));
            items.add(child(DKIP_LIST, row));
        }
        when(nodeService.getChildAssocs(DKIP_LIST, Set.of(DkipModel.TYPE_ITEM_DKIP))).thenAnswer(system(inv -> items));
    }

    /** The answer, or Alfresco's refusal when the caller is not running as system. */
    private Answer<Object> system(Answer<Object> answer) {
        return inv -> {
            if (!asSystem.get()) {
                throw new IllegalStateException("AccessDenied: an unauthenticated visitor read a node");
            }
            return answer.answer(inv);
        };
    }

    private static ChildAssociationRef child(NodeRef parent, NodeRef child) {
        return new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, parent,
                QName.createQName(DkipModel.URI, child.getId()), child);
    }

    /** Runs the web script for a language (null: the default) and returns the page. */
    String get(String lang) throws Exception {
        body.reset();
        when(req.getParameter("lang")).thenReturn(lang);
        webScript.execute(req, res);
        return body.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        auth.close();
    }
}
