package id.dkip.alfresco.webscripts.share;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.extensions.webscripts.Cache;
import org.springframework.extensions.webscripts.DeclarativeWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;

/**
 * {@code POST /dkip/share/rapat/keputusan} (form fields task, entri, keputusan, ujiKonsekuensi, catatan): stores one
 * row's decision on the row (dkip:keputusanRapat, dkip:hasilUjiKonsekuensi, dkip:catatanRapat). Same checks as the
 * GET; the row must belong to the meeting's draft. Answers the stored row.
 */
public class RapatKeputusanPost extends DeclarativeWebScript implements InitializingBean {

    private RapatMeetings meetings;

    public void setMeetings(RapatMeetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "meetings", meetings);
    }

    @Override
    protected Map<String, Object> executeImpl(WebScriptRequest req, Status status, Cache cache) {
        RapatMeetings.Meeting meeting = meetings.open(req.getParameter("task"));
        RapatMeetings.Row row = meetings.decide(meeting, req.getParameter("entri"), req.getParameter("keputusan"),
                req.getParameter("ujiKonsekuensi"), req.getParameter("catatan"));
        Map<String, Object> model = new HashMap<>();
        model.put("task", meeting.taskId());
        model.put("rows", List.of(row));
        return model;
    }
}
