package org.everycontact.hooks;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.text.ParseException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A CDS client's JWK Set in a local file (out-of-band exchange, as CDS Hooks allows when there is no
 * jku). The file is read again whenever its modification time or size changes, so a rotated key is
 * picked up without a restart; an unreadable or invalid version leaves the previous keys in force.
 */
final class JwksFile implements KeySource {

    private static final Logger LOG = Logger.getLogger(JwksFile.class);

    private record Stamp(FileTime modified, long size) {
    }

    private final String client;
    private final Path path;
    private JWKSet keys = new JWKSet();
    private Stamp loaded;
    private boolean missingReported;

    JwksFile(String client, Path path) {
        this.client = client;
        this.path = path;
    }

    @Override
    public synchronized Optional<JWK> find(String kid) {
        reloadIfChanged();
        return Optional.ofNullable(keys.getKeyByKeyId(kid));
    }

    /** Reads the file now, so that a problem shows at start-up. */
    synchronized void preload() {
        reloadIfChanged();
    }

    private void reloadIfChanged() {
        Stamp stamp;
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            stamp = new Stamp(attributes.lastModifiedTime(), attributes.size());
        } catch (NoSuchFileException e) {
            if (!missingReported) {
                LOG.warnf("CDS client %s: JWK Set file %s does not exist", client, path);
                missingReported = true;
            }
            return;
        } catch (IOException e) {
            LOG.warnf("CDS client %s: JWK Set file %s cannot be read (%s)", client, path, e.getClass().getSimpleName());
            return;
        }
        missingReported = false;
        if (stamp.equals(loaded)) {
            return;
        }
        loaded = stamp;
        try {
            keys = JWKSet.parse(Files.readString(path)).toPublicJWKSet();
            LOG.infof("CDS client %s: %d key(s) read from %s", client, keys.size(), path);
        } catch (IOException | ParseException e) {
            LOG.warnf("CDS client %s: JWK Set file %s is not a valid JWK Set; the previous keys stay in force",
                    client, path);
        }
    }
}
