package org.everycontact.deprivation;

/**
 * One small area's place in a deprivation index: its code, rank (1 = most deprived) and decile
 * (1 = most deprived tenth), or null where the file publishes no decile.
 */
public record AreaRankRow(String areaCode, int rank, Integer decile) {
}
