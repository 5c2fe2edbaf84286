package org.everycontact.deprivation;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one published reference file of any {@link ReferenceLayout}, streaming its rows to a
 * {@link ReferenceSink} as they are read: memory does not grow with the file, so the 2.7-million
 * row national NSPL reads like a small one.
 *
 * <p>A row with a blank key (postcode, area code, either LSOA of a mapping), a rank or decile
 * that is not a whole number, a rank below 1 or a decile outside 1..10 is sent to
 * {@link ReferenceSink#rejected} with its line number and reason, and reading goes on.
 */
public final class ReferenceFileReader {

    private ReferenceFileReader() {
    }

    /**
     * {@link #read(InputStream, String, ReferenceSink, IndexEdition)} without a hint: a rank file's
     * edition comes from its header, or its header and first area code.
     */
    public static ReadSummary read(InputStream in, String fileName, ReferenceSink sink) throws IOException {
        return read(in, fileName, sink, null);
    }

    /**
     * Reads a file (plain or gzip CSV) to its end and closes {@code in}.
     *
     * @param fileName used in messages only: the layout is told from the header, not the name
     * @param hint the edition the caller expects of a rank file, or null. It decides the edition
     *     when neither the header nor the first area code can; otherwise it must agree with them.
     * @throws IOException when reading fails, including a truncated gzip or a quoted field that is
     *     never closed ({@link java.io.EOFException})
     * @throws IllegalArgumentException when the header matches no layout, or the edition cannot be
     *     told or disagrees with {@code hint}, or a hint is given for a postcode or mapping file
     */
    public static ReadSummary read(InputStream in, String fileName, ReferenceSink sink, IndexEdition hint)
            throws IOException {
        try (PublishedCsv csv = PublishedCsv.open(in)) {
            ReferenceLayout.Columns columns = ReferenceLayout.detect(fileName, csv);
            boolean more = csv.next();
            IndexEdition edition = edition(fileName, columns, more ? csv.get(columns.area()) : null, hint);
            long read = 0;
            long rejected = 0;
            for (; more; more = csv.next()) {
                read++;
                String reason = switch (columns.layout().kind()) {
                    case POSTCODES -> postcode(csv, columns, sink);
                    case AREA_RANKS -> areaRank(csv, columns, sink);
                    case LSOA_MAPPING -> mapping(csv, columns, sink);
                };
                if (reason != null) {
                    rejected++;
                    sink.rejected(new RejectedRow(csv.line(), reason));
                }
            }
            return new ReadSummary(columns.layout(), edition, read, rejected);
        }
    }

    /** Sends the row on, or gives why not. */
    private static String postcode(PublishedCsv csv, ReferenceLayout.Columns c, ReferenceSink sink) {
        String postcode = csv.get(c.postcode());
        if (postcode == null) {
            return "blank postcode";
        }
        sink.postcode(new PostcodeRow(postcode, csv.get(c.lsoa11()), csv.get(c.lsoa21()),
                c.terminated() >= 0 && !csv.isBlank(c.terminated())));
        return null;
    }

    private static String areaRank(PublishedCsv csv, ReferenceLayout.Columns c, ReferenceSink sink) {
        String area = csv.get(c.area());
        if (area == null) {
            return "blank area code";
        }
        String rankText = csv.get(c.rank());
        int rank;
        try {
            rank = PublishedCsv.parseInt(rankText);
        } catch (NumberFormatException e) {
            return area + ": " + (rankText == null ? "blank rank" : "rank \"" + rankText + "\" is not a whole number");
        }
        if (rank < 1) {
            return area + ": rank " + rank + " is below 1";
        }
        Integer decile = null;
        if (c.decile() >= 0) {
            String decileText = csv.get(c.decile());
            try {
                decile = PublishedCsv.parseInt(decileText);
            } catch (NumberFormatException e) {
                return area + ": " + (decileText == null
                        ? "blank decile"
                        : "decile \"" + decileText + "\" is not a whole number");
            }
            if (decile < 1 || decile > 10) {
                return area + ": decile " + decile + " is outside 1..10";
            }
        }
        sink.areaRank(new AreaRankRow(area, rank, decile));
        return null;
    }

    private static String mapping(PublishedCsv csv, ReferenceLayout.Columns c, ReferenceSink sink) {
        String lsoa11 = csv.get(c.lsoa11());
        String lsoa21 = csv.get(c.lsoa21());
        if (lsoa11 == null || lsoa21 == null) {
            return lsoa11 == null ? "blank LSOA 2011 code" : lsoa11 + ": blank LSOA 2021 code";
        }
        sink.mapping(new LsoaMappingRow(lsoa11, lsoa21));
        return null;
    }

    /**
     * The edition of a rank file: the header's, or for a layout that names only the LSOA vintage,
     * the edition of that vintage for the nation of the first area code; checked against the hint.
     */
    private static IndexEdition edition(String fileName, ReferenceLayout.Columns c, String firstCode,
            IndexEdition hint) {
        if (c.layout().kind() != ReferenceLayout.Kind.AREA_RANKS) {
            if (hint != null) {
                throw new IllegalArgumentException(fileName + " is a " + c.layout() + " file, which has no index edition, "
                        + "but " + hint + " was expected");
            }
            return null;
        }
        IndexEdition edition = c.edition();
        if (c.layout().editionFromFirstCode()) {
            int vintage = edition.lsoaVintage();
            IndexEdition byCode = firstCode == null ? null : ofNation(Nation.ofAreaCode(firstCode), vintage);
            if (byCode != null) {
                edition = byCode;
            } else if (hint != null && hint.lsoaVintage() == vintage) {
                edition = hint;
            } else if (firstCode != null) {
                throw new IllegalArgumentException(fileName + ": the header gives LSOA " + vintage
                        + " areas but not their nation, and no " + vintage + " index is known for the first area code \""
                        + firstCode + "\"");
            }
        }
        if (hint != null && hint != edition) {
            throw new IllegalArgumentException(fileName + " holds " + edition + ", not the " + hint + " expected");
        }
        return edition;
    }

    /** The index published for the nation's small areas of that census, or null. */
    private static IndexEdition ofNation(Nation nation, int lsoaVintage) {
        for (IndexEdition edition : IndexEdition.values()) {
            if (edition.nation() == nation && edition.lsoaVintage() == lsoaVintage) {
                return edition;
            }
        }
        return null;
    }
}
