package org.partnershiphub.shared;

/** Step-up check before sensitive actions (exporting restricted data, changing someone's role). */
public interface Reauthentication {

    /** True when the password is the signed-in person's current password. */
    boolean confirms(String password);
}
