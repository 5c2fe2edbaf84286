package org.everycontact.hooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import org.everycontact.deprivation.Deprivation;
import org.everycontact.deprivation.IndexEdition;
import org.everycontact.deprivation.Nation;

/**
 * The wire form of a deprivation answer, in the hook response's assessment and at
 * {@code GET /deprivation/{postcode}}. The {@code imd*} fields are England's national IMD only; a
 * Welsh, Scottish or Northern Irish area is reported under {@code nationalIndex}, never as Core20.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DeprivationView(
        String status,
        String postcode,
        String lsoa,
        Integer lsoaVintage,
        String lsoaMapping,
        String nation,
        String imdEdition,
        Integer imdRank,
        Integer imdDecile,
        Integer imdQuintile,
        boolean core20,
        Boolean terminated,
        Boolean noFixedAbode,
        NationalIndex nationalIndex,
        String index,
        Provenance provenance,
        String attribution) {

    /** Which imported releases the answer rests on (clinical-spec §3.3 step 6). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Provenance(String postcodeRelease, String indexRelease) {
    }

    /** A devolved nation's own index for the area. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record NationalIndex(String edition, String title, Integer rank, Integer decile) {
    }

    static final String ATTRIBUTION = "Contains public sector information licensed under the Open Government "
            + "Licence v3.0. Source: Office for National Statistics; Ministry of Housing, Communities and Local "
            + "Government, English Indices of Deprivation; Welsh Government; Scottish Government; NISRA.";

    /** The postcode and its small area stay out of any log line. */
    @Override
    public String toString() {
        return "DeprivationView[status=" + status + ", core20=" + core20 + "]";
    }

    static DeprivationView of(Deprivation d, IndexEdition configured) {
        boolean england = d.nation() == Nation.ENGLAND && d.index() != null;
        NationalIndex national = d.index() != null && !england
                ? new NationalIndex(d.index().name(), d.index().title(), d.rank(), d.decile()) : null;
        return new DeprivationView(
                d.status().code(),
                d.postcode(),
                d.lsoa(),
                d.lsoaVintage(),
                d.lsoaMapping(),
                d.nation() == null ? null : d.nation().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                configured.name(),
                england ? d.rank() : null,
                england ? d.decile() : null,
                england ? d.quintile() : null,
                d.core20(),
                d.terminated() ? Boolean.TRUE : null,
                d.noFixedAbode() ? Boolean.TRUE : null,
                national,
                d.index() == null ? null : d.index().title(),
                d.postcodeSource() == null ? null : new Provenance(d.postcodeSource(), d.indexSource()),
                d.index() == null ? null : ATTRIBUTION);
    }
}
