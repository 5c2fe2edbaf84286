package org.everycontact.hooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** One entry of the discovery response, as CDS Hooks 2.0 defines it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ServiceDescriptor(
        String hook,
        String title,
        String description,
        String id,
        Map<String, String> prefetch,
        String usageRequirements) {
}
