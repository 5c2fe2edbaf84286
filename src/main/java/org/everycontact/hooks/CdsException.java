package org.everycontact.hooks;

import java.util.List;

/**
 * A caller-facing failure with its HTTP status and OperationOutcome issue code. Its message is
 * written for the caller and must hold no patient data.
 */
public class CdsException extends RuntimeException {

    private final int status;
    private final String issueCode;
    private final List<String> expressions;

    public CdsException(int status, String issueCode, String message) {
        this(status, issueCode, message, List.of());
    }

    public CdsException(int status, String issueCode, String message, List<String> expressions) {
        super(message);
        this.status = status;
        this.issueCode = issueCode;
        this.expressions = List.copyOf(expressions);
    }

    public static CdsException invalid(String message, String expression) {
        return new CdsException(400, "invalid", message, expression == null ? List.of() : List.of(expression));
    }

    public int status() {
        return status;
    }

    public String issueCode() {
        return issueCode;
    }

    /** FHIRPath-like locations in the request the issue is about, e.g. {@code context.patientId}. */
    public List<String> expressions() {
        return expressions;
    }
}
