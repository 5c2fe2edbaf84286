package org.everycontact.deprivation;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A streaming reader of the CSV files that UK publishers ship: plain or gzip (told by its magic
 * bytes, not its name), UTF-8 with or without a BOM, LF or CRLF (or CR) line ends, RFC 4180 quoting
 * (commas, doubled quotes and line breaks inside quotes) and one header row. Rows whose fields are
 * all blank are skipped.
 *
 * <p>It works on bytes, which is safe for UTF-8 because no byte of a multi-byte character is a
 * comma, quote, CR or LF, and it decodes only the fields asked for: the current record is one
 * reused buffer, so reading allocates nothing per row beyond the strings taken from it. Not
 * thread-safe; a record is valid until the next call to {@link #next()}.
 */
public final class PublishedCsv implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;

    private byte[] record = new byte[512];
    private int recordLength;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int fields;
    private long line;
    private long nextLine = 1;

    private final List<String> header;
    private final String[] keys;

    private PublishedCsv(InputStream in) throws IOException {
        this.in = in;
        while (limit < 3) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                break;
            }
            limit += n;
        }
        if (limit >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
            pos = 3;
        }
        List<String> names = new ArrayList<>();
        if (next()) {
            for (int i = 0; i < fields; i++) {
                names.add(new String(record, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8));
            }
        }
        header = List.copyOf(names);
        keys = names.stream().map(PublishedCsv::normalise).toArray(String[]::new);
    }

    /**
     * Opens a CSV file, gzip-compressed or not, and reads its header row. Closing the reader closes
     * {@code in}.
     */
    public static PublishedCsv open(InputStream in) throws IOException {
        PushbackInputStream peek = new PushbackInputStream(in, 2);
        byte[] magic = peek.readNBytes(2);
        peek.unread(magic);
        boolean gzip = magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        return new PublishedCsv(gzip ? new GZIPInputStream(peek, BUFFER) : peek);
    }

    /** The column names as published (untrimmed); empty when the file has no rows at all. */
    public List<String> header() {
        return header;
    }

    /**
     * The index of the first column whose name equals {@code name}, or else the first whose name
     * starts with it, ignoring case, surrounding blanks and runs of white space; -1 when none does.
     * A prefix is what lets one name find a long MHCLG header, including the one published
     * truncated ("...Decile (where 1 is most deprived 10% of LSOA").
     */
    public int column(String name) {
        String key = normalise(name);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("blank column name");
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].startsWith(key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Moves to the next record that has a non-blank field; false at the end of the file.
     *
     * @throws EOFException when the file ends inside a quoted field
     */
    public boolean next() throws IOException {
        while (readRecord()) {
            for (int i = 0; i < fields; i++) {
                if (!isBlank(i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The physical line (1 = the header) on which the current record starts. */
    public long line() {
        return line;
    }

    /**
     * The field of the current record, trimmed; null when it is blank or the record has no such
     * column (including {@code column < 0}, which is what {@link #column} gives for a missing one).
     */
    public String get(int column) {
        if (column < 0 || column >= fields) {
            return null;
        }
        int start = starts[column];
        int end = ends[column];
        while (start < end && (record[start] & 0xff) <= ' ') {
            start++;
        }
        while (end > start && (record[end - 1] & 0xff) <= ' ') {
            end--;
        }
        return start == end ? null : new String(record, start, end - start, StandardCharsets.UTF_8);
    }

    /** Whether {@link #get} would give null, without making a string. */
    public boolean isBlank(int column) {
        if (column < 0 || column >= fields) {
            return true;
        }
        for (int i = starts[column]; i < ends[column]; i++) {
            if ((record[i] & 0xff) > ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses a whole number as the publishers write it: surrounding blanks, an optional sign,
     * thousands separators in their proper places ("1,296") and a zero fraction ("5.0") are
     * accepted.
     *
     * @throws NumberFormatException for null, blank, a non-zero fraction, misplaced separators or
     *     a value outside the int range
     */
    public static int parseInt(CharSequence text) {
        if (text == null) {
            throw new NumberFormatException("blank");
        }
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '.') {
                if (i == end - 1) {
                    throw notWhole(text);
                }
                for (int j = i + 1; j < end; j++) {
                    if (text.charAt(j) != '0') {
                        throw notWhole(text);
                    }
                }
                end = i;
                break;
            }
        }
        boolean negative = false;
        if (start < end && (text.charAt(start) == '-' || text.charAt(start) == '+')) {
            negative = text.charAt(start) == '-';
            start++;
        }
        long value = 0;
        int groupDigits = 0;
        boolean grouped = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                groupDigits++;
                if (value > 1L + Integer.MAX_VALUE) {
                    throw notWhole(text);
                }
            } else if (c == ',' && groupDigits > 0 && (grouped ? groupDigits == 3 : groupDigits <= 3)) {
                grouped = true;
                groupDigits = 0;
            } else {
                throw notWhole(text);
            }
        }
        if (groupDigits == 0 || grouped && groupDigits != 3) {
            throw notWhole(text);
        }
        value = negative ? -value : value;
        if (value > Integer.MAX_VALUE) {
            throw notWhole(text);
        }
        return (int) value;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static NumberFormatException notWhole(CharSequence text) {
        return new NumberFormatException("not a whole number: \"" + text + "\"");
    }

    private static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Reads one physical record, blank or not, into the record buffer; false at end of input. */
    private boolean readRecord() throws IOException {
        int c = read();
        if (c < 0) {
            return false;
        }
        line = nextLine;
        recordLength = 0;
        fields = 0;
        while (true) {
            int start = recordLength;
            if (c == '"') {
                while (true) {
                    c = read();
                    if (c < 0) {
                        throw new EOFException("the quoted field on line " + line + " is never closed");
                    }
                    if (c == '"') {
                        c = read();
                        if (c != '"') {
                            break;
                        }
                    } else if (c == '\n') {
                        nextLine++;
                    }
                    append(c);
                }
            }
            while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                append(c);
                c = read();
            }
            addField(start);
            if (c != ',') {
                break;
            }
            c = read();
        }
        if (c == '\r' && peek() == '\n') {
            pos++;
        }
        if (c >= 0) {
            nextLine++;
        }
        return true;
    }

    private int read() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xff;
    }

    private int peek() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buf[pos] & 0xff;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        pos = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private void append(int c) {
        if (recordLength == record.length) {
            record = Arrays.copyOf(record, record.length * 2);
        }
        record[recordLength++] = (byte) c;
    }

    private void addField(int start) {
        if (fields == starts.length) {
            starts = Arrays.copyOf(starts, fields * 2);
            ends = Arrays.copyOf(ends, fields * 2);
        }
        starts[fields] = start;
        ends[fields] = recordLength;
        fields++;
    }
}
