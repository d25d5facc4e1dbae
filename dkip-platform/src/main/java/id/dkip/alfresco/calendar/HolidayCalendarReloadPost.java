package id.dkip.alfresco.calendar;

import id.dkip.alfresco.archive.ProvisionalReviewDates;
import id.dkip.core.calendar.HolidayFileException;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.extensions.surf.util.I18NUtil;
import org.springframework.extensions.webscripts.Cache;
import org.springframework.extensions.webscripts.DeclarativeWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;

/**
 * {@code POST /dkip/admin/kalender/muat-ulang} (administrators only): loads the holiday files again, e.g. after the
 * administrator put next year's SKB 3 Menteri file in place, with no restart. Answers the complete years, the years
 * just added and the next-year warning; 400 with the reason (in the user's language) when a file is bad, in which
 * case the calendar in use is unchanged. After a good reload every review date stored as provisional is counted
 * again ({@link ProvisionalReviewDates}): those the loaded decrees now cover are stored and their flag cleared; and
 * the open tasks with a provisional due date are checked ({@link ProvisionalTaskDueDates}). The answer counts both.
 */
public class HolidayCalendarReloadPost extends DeclarativeWebScript implements InitializingBean {

    private HolidayCalendarReloader reloader;
    private ProvisionalReviewDates provisionalReviewDates;
    private ProvisionalTaskDueDates provisionalTaskDueDates;

    public void setReloader(HolidayCalendarReloader reloader) {
        this.reloader = reloader;
    }

    public void setProvisionalReviewDates(ProvisionalReviewDates provisionalReviewDates) {
        this.provisionalReviewDates = provisionalReviewDates;
    }

    public void setProvisionalTaskDueDates(ProvisionalTaskDueDates provisionalTaskDueDates) {
        this.provisionalTaskDueDates = provisionalTaskDueDates;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "reloader", reloader);
        PropertyCheck.mandatory(this, "provisionalReviewDates", provisionalReviewDates);
        PropertyCheck.mandatory(this, "provisionalTaskDueDates", provisionalTaskDueDates);
    }

    @Override
    protected Map<String, Object> executeImpl(WebScriptRequest req, Status status, Cache cache) {
        HolidayCalendarReloader.Result result;
        try {
            result = reloader.reload(I18NUtil.getLocale());
        } catch (HolidayFileException e) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, e.message(I18NUtil.getLocale()));
        }
        ProvisionalReviewDates.Report recomputed = provisionalReviewDates.recompute();
        Map<String, Object> model = new HashMap<>();
        model.put("recomputed", recomputed.recomputed());
        model.put("stillProvisional", recomputed.stillProvisional());
        ProvisionalTaskDueDates.Report tasks = provisionalTaskDueDates.confirm();
        model.put("tasksConfirmed", tasks.confirmed());
        model.put("tasksMoved", tasks.moved());
        model.put("completeYears", result.completeYears());
        model.put("newYears", result.newYears());
        model.put("warning", result.warning());
        return model;
    }
}
