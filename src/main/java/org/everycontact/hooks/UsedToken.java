package org.everycontact.hooks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One accepted CDS client token, by a hash of its issuer and jti (see V7__used_tokens.sql). */
@Entity
@Table(name = "used_token")
public class UsedToken extends PanacheEntityBase {

    @Id
    @Column(name = "token_key")
    public String tokenKey;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
