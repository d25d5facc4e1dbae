package id.dkip.core.archive;

import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Decides, for a given day, what the expiry job does with the exemptions a query found due (UU KIP Pasal 20;
 * PerKI 1/2021: re-designate no later than 30 working days before the period ends; if nothing is done the
 * information is open at expiry):
 * <ul>
 *   <li>expiry reached: <b>open</b> (inherited permissions, status dibuka, reason recorded);</li>
 *   <li>review date reached, on a working day: start a <b>review</b> task; on a weekend or holiday the task
 *       waits for the next working day ({@link Action#DEFERRED});</li>
 *   <li>event-bound periods ("until the person consents") never expire by date: only listed for
 *       <b>periodic review</b>; permanent periods and entries not established are left alone.</li>
 * </ul>
 * Stored dates (dkip:tanggalKedaluwarsa, dkip:tanggalTinjau) are used when present, else computed by the rules.
 */
public final class ExpiryPlanner {

    public enum Action { OPEN, REVIEW, DEFERRED, PERIODIC_REVIEW, NOT_DUE, IGNORE }

    /** The action for one entry, with the dates it was decided on. */
    public record Step(DkipEntry entry, Action action, LocalDate expiry, LocalDate reviewDate) {
    }

    /** The day's plan, grouped by action. */
    public record Plan(LocalDate day, List<Step> openings, List<Step> reviews, List<Step> deferred,
                       List<Step> periodicReview) {
        public Plan {
            openings = List.copyOf(openings);
            reviews = List.copyOf(reviews);
            deferred = List.copyOf(deferred);
            periodicReview = List.copyOf(periodicReview);
        }
    }

    private final ArchiveRules rules;
    private final Clock clock;

    public ExpiryPlanner(ArchiveRules rules, Clock clock) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Plan plan(Collection<DkipEntry> entries) {
        LocalDate today = today();
        List<Step> openings = new ArrayList<>();
        List<Step> reviews = new ArrayList<>();
        List<Step> deferred = new ArrayList<>();
        List<Step> periodic = new ArrayList<>();
        for (DkipEntry entry : entries) {
            Step step = decide(entry, today);
            switch (step.action()) {
                case OPEN -> openings.add(step);
                case REVIEW -> reviews.add(step);
                case DEFERRED -> deferred.add(step);
                case PERIODIC_REVIEW -> periodic.add(step);
                default -> { }
            }
        }
        return new Plan(today, openings, reviews, deferred, periodic);
    }

    public Step decide(DkipEntry entry, LocalDate today) {
        if (entry.status() != EntryStatus.DITETAPKAN) {
            return new Step(entry, Action.IGNORE, null, null);
        }
        ExemptionPeriod period = entry.period();
        if (period != null && period.isEventBound()) {
            return new Step(entry, Action.PERIODIC_REVIEW, null, null);
        }
        if (period != null && period.kind() == ExemptionPeriod.Kind.PERMANENT) {
            return new Step(entry, Action.IGNORE, null, null);
        }
        LocalDate expiry = entry.expiryDate() != null ? entry.expiryDate() : rules.expiry(entry).orElse(null);
        if (expiry == null) {
            return new Step(entry, Action.IGNORE, null, null);
        }
        LocalDate review = entry.reviewDate() != null ? entry.reviewDate() : rules.reviewDate(expiry);
        if (!today.isBefore(expiry)) {
            return new Step(entry, Action.OPEN, expiry, review);
        }
        if (!today.isBefore(review)) {
            return new Step(entry, rules.isWorkingDay(today) ? Action.REVIEW : Action.DEFERRED, expiry, review);
        }
        return new Step(entry, Action.NOT_DUE, expiry, review);
    }
}
