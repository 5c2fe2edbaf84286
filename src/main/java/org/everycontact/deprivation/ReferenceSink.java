package org.everycontact.deprivation;

/** Where {@link ReferenceFileReader} sends each row of a file, one at a time, in file order. */
public interface ReferenceSink {

    void postcode(PostcodeRow row);

    void areaRank(AreaRankRow row);

    void mapping(LsoaMappingRow row);

    /** A data row that was not read; reading goes on. */
    void rejected(RejectedRow row);
}
