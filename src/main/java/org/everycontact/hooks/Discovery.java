package org.everycontact.hooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code {"services": [...]}}: always present, even when empty. */
public record Discovery(@JsonInclude(JsonInclude.Include.ALWAYS) List<ServiceDescriptor> services) {
}
