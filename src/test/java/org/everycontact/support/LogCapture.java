package org.everycontact.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Captures every log record of the JVM (the root logger's), with the given category opened to all
 * levels, until closed: the message as formatted, its exception's stack trace and its MDC.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    /** One record as a log line would show it. */
    public record Line(String logger, Level level, String message, Map<String, String> mdc) {

        /** Everything the line carries, for searching. */
        public String text() {
            return logger + " " + level + " " + message + " " + mdc;
        }
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Logger opened;
    private final Level openedWas;

    private LogCapture(String category) {
        opened = Logger.getLogger(category);
        openedWas = opened.getLevel();
        opened.setLevel(Level.ALL);
        setLevel(Level.ALL);
        root.addHandler(this);
    }

    public static LogCapture allLevelsOf(String category) {
        return new LogCapture(category);
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        ExtLogRecord ext = record instanceof ExtLogRecord e ? e : ExtLogRecord.wrap(record);
        StringBuilder message = new StringBuilder(String.valueOf(ext.getFormattedMessage()));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            message.append('\n').append(trace);
        }
        lines.add(new Line(record.getLoggerName(), record.getLevel(), message.toString(), new TreeMap<>(ext.getMdcCopy())));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
        opened.setLevel(openedWas);
    }
}
