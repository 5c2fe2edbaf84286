package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.record.ObservationEntry;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;

/**
 * R-SCR-CER-01 Cervical screening (clinical-spec §6.6; S24).
 * <ul>
 * <li>Population: people with a cervix aged {@code ageMin} (25) to {@code ageMax} (64), read as
 *     registered female ({@code Patient.gender = female}) without a "not applicable" code (e.g. total
 *     hysterectomy). Trans and non-binary people with a cervix are not judged (U).</li>
 * <li>Interval from the latest adequate result, by the age at that result's date (a 3-yearly result at 49
 *     stays 3-yearly after the 50th birthday): 12 months after an HPV-positive result (read as without
 *     cell changes, U); otherwise 60 months for a result at 50 or over, and 36 months at 25 to 49 unless the result was
 *     HPV negative on a clinician-taken sample on or after 1 July 2025 (then 60). A self-sample, or a
 *     result whose sample type is not recorded, stays on 36 months (U for the sample-type codes).</li>
 * <li>Trigger: no adequate result within the interval plus 6 months' grace; the due date (result plus
 *     interval) is in the evidence.</li>
 * <li>Exclusions: cervical screening not applicable (ever); ceased / opted out on or after the latest
 *     result; GX including palliative care.</li>
 * </ul>
 */
final class CervicalScreeningDue implements Rule {

    static final String ID = "R-SCR-CER-01";

    /** The cervical screening code sets the rule reads. */
    record Codes(CodeSet adequate, CodeSet hpvNegative, CodeSet hpvPositive, CodeSet clinicianSampleTests,
                 CodeSet selfSampleTests, CodeSet notApplicable, CodeSet ceased) {
    }

    /**
     * What a result says, in order of precedence when several are recorded on one day: an HPV result
     * says more than a bare result code, and of two HPV results the one with the shorter interval wins.
     */
    private enum Kind { RESULT, HPV_NEGATIVE_CLINICIAN, HPV_NEGATIVE_OTHER, HPV_POSITIVE }

    private record Result(LocalDate date, Kind kind) {
    }

    private final ScreeningParameters.Cervical parameters;
    private final Codes codes;
    private final GlobalExclusions exclusions;

    CervicalScreeningDue(ScreeningParameters.Cervical parameters, Codes codes, GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.codes = codes;
        this.exclusions = exclusions;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Tier tier() {
        return Tier.CLINICAL_AREA;
    }

    @Override
    public Set<ResourceKind> needsComplete() {
        return RecordQueries.CODED_EVENT_TYPES;
    }

    @Override
    public Optional<Finding> evaluate(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        int age = record.demographics().ageOn(asOf);
        if (!"female".equals(record.demographics().gender())
                || age < parameters.ageMin() || age > parameters.ageMax()
                || exclusions.excludesPreventive(record, asOf)
                || RecordQueries.codedEvents(record, codes.notApplicable()).anyMatch(t -> !t.date().isAfter(asOf))) {
            return Optional.empty();
        }
        List<Result> results = results(record).filter(r -> !r.date().isAfter(asOf)).toList();
        Optional<LocalDate> last = results.stream().map(Result::date).max(Comparator.naturalOrder());
        Optional<LocalDate> ceased = RecordQueries.latest(record, codes.ceased());
        if (ceased.isPresent() && (last.isEmpty() || !ceased.get().isBefore(last.get()))) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        if (last.isEmpty()) {
            evidence.add(Evidence.statement("No cervical screening result in the record"));
        } else {
            LocalDate date = last.get();
            Kind kind = results.stream().filter(r -> r.date().equals(date)).map(Result::kind)
                    .max(Comparator.naturalOrder()).orElseThrow();
            int interval = interval(kind, date, record.demographics().ageOn(date));
            if (RecordQueries.withinMonths(date, asOf, interval + parameters.graceMonths())) {
                return Optional.empty();
            }
            evidence.add(new Evidence("Last cervical screening result", describe(kind), date));
            evidence.add(Evidence.valued("Interval (months)", Integer.toString(interval)));
            evidence.add(Evidence.dated("Due date", date.plusMonths(interval)));
        }
        evidence.add(Evidence.valued("Age", Integer.toString(age)));
        return Optional.of(new Finding(ID, evidence));
    }

    /** The interval after a result of this kind taken on {@code date}, at {@code ageAtTest} then. */
    private int interval(Kind kind, LocalDate date, int ageAtTest) {
        if (kind == Kind.HPV_POSITIVE) {
            return parameters.hpvPositiveIntervalMonths();
        }
        if (ageAtTest >= parameters.olderBandFrom()) {
            return parameters.olderIntervalMonths();
        }
        if (kind == Kind.HPV_NEGATIVE_CLINICIAN && !date.isBefore(parameters.extendedIntervalFrom())) {
            return parameters.hpvNegativeClinicianIntervalMonths();
        }
        return parameters.youngerIntervalMonths();
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case RESULT -> "screening result";
            case HPV_NEGATIVE_CLINICIAN -> "HPV negative, clinician-taken sample";
            case HPV_NEGATIVE_OTHER -> "HPV negative, self-sample or sample type not recorded";
            case HPV_POSITIVE -> "HPV positive";
        };
    }

    /**
     * Every adequate result: a result code, or an HPV test whose value is negative or positive (a test
     * without such a value, e.g. a technical failure, is no result).
     */
    private Stream<Result> results(PatientRecord record) {
        Stream<Result> coded = RecordQueries.codedEvents(record, codes.adequate())
                .map(t -> new Result(t.date(), Kind.RESULT));
        // hpvResult reads only Observations coded with an HPV result or an HPV test
        Stream<Result> hpv = record.index().observations(codes.hpvPositive().keys(), codes.hpvNegative().keys(),
                        codes.clinicianSampleTests().keys(), codes.selfSampleTests().keys()).stream()
                .filter(o -> o.isUsable() && o.effective() != null)
                .map(this::hpvResult)
                .flatMap(Optional::stream);
        return Stream.concat(coded, hpv);
    }

    private Optional<Result> hpvResult(ObservationEntry o) {
        LocalDate date = o.effective().date();
        boolean clinician = codes.clinicianSampleTests().containsAny(o.codes());
        boolean tested = clinician || codes.selfSampleTests().containsAny(o.codes());
        if (codes.hpvPositive().containsAny(o.codes()) || tested && codes.hpvPositive().containsAny(o.valueCodes())) {
            return Optional.of(new Result(date, Kind.HPV_POSITIVE));
        }
        if (codes.hpvNegative().containsAny(o.codes())) {
            return Optional.of(new Result(date, Kind.HPV_NEGATIVE_OTHER));
        }
        if (tested && codes.hpvNegative().containsAny(o.valueCodes())) {
            return Optional.of(new Result(date, clinician ? Kind.HPV_NEGATIVE_CLINICIAN : Kind.HPV_NEGATIVE_OTHER));
        }
        return Optional.empty();
    }
}
