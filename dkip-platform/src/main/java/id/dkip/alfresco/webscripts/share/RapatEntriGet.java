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
 * {@code GET /dkip/share/rapat/entri?task=activiti$123}: the meeting screen's data (the draft's rows with findings and
 * current decisions, the team with attendance, the quorum). 400 for a bad or non-meeting task, 404 for a missing one,
 * 403 when the user may not work on it or it is completed.
 */
public class RapatEntriGet extends DeclarativeWebScript implements InitializingBean {

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
        List<RapatMeetings.Member> team = meetings.team(meeting);
        Map<String, Object> model = new HashMap<>();
        model.put("task", meeting.taskId());
        model.put("rows", meetings.rows(meeting));
        model.put("team", team);
        model.put("present", team.stream().filter(RapatMeetings.Member::present).count());
        model.put("quorum", RapatMeetings.quorum(team.size()));
        return model;
    }
}
