package org.everycontact.hooks;

/**
 * Why a client token was refused. The message goes to the log only, never to the caller, and never
 * holds the token or a claim that could identify a patient.
 */
class TokenRefused extends Exception {

    TokenRefused(String reason) {
        super(reason, null, false, false);
    }
}
