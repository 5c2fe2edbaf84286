package org.everycontact.hooks;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The fhirServer base URLs a caller may send. A URL is compared with each entry as a string after
 * dropping trailing slashes, nothing else; an entry may give {@code :*} as its port to allow any
 * port of that host (loopback test servers), and is otherwise exact.
 */
final class FhirServerAllowlist {

    private static final String ANY_PORT = ":*";

    private final List<Pattern> entries;

    private FhirServerAllowlist(List<Pattern> entries) {
        this.entries = entries;
    }

    static FhirServerAllowlist of(List<String> urls) {
        return new FhirServerAllowlist(urls.stream().map(String::trim).filter(u -> !u.isEmpty())
                .map(FhirServerAllowlist::withoutTrailingSlash).map(FhirServerAllowlist::pattern).toList());
    }

    boolean allows(String fhirServer) {
        String url = withoutTrailingSlash(fhirServer);
        return entries.stream().anyMatch(entry -> entry.matcher(url).matches());
    }

    private static Pattern pattern(String entry) {
        int authorityStart = entry.indexOf("://");
        int wildcard = authorityStart < 0 ? -1 : entry.indexOf(ANY_PORT, authorityStart + 3);
        int pathStart = authorityStart < 0 ? -1 : entry.indexOf('/', authorityStart + 3);
        boolean inAuthority = wildcard >= 0 && (pathStart < 0 || wildcard < pathStart)
                && wildcard + ANY_PORT.length() == (pathStart < 0 ? entry.length() : pathStart);
        if (!inAuthority) {
            return Pattern.compile(Pattern.quote(entry));
        }
        return Pattern.compile(Pattern.quote(entry.substring(0, wildcard)) + ":[0-9]{1,5}"
                + Pattern.quote(entry.substring(wildcard + ANY_PORT.length())));
    }

    static String withoutTrailingSlash(String url) {
        String result = url;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
