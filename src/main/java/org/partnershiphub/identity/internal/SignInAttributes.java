package org.partnershiphub.identity.internal;

/** Session attribute names shared by the sign-in handlers and the sign-in page. */
public final class SignInAttributes {

    /** The email typed at a failed attempt, kept in the session (never in the address) to refill the form. */
    public static final String TYPED_EMAIL = "hub.signIn.typedEmail";

    private SignInAttributes() {
    }
}
