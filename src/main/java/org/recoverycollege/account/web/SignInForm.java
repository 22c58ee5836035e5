package org.recoverycollege.account.web;

import java.io.Serializable;

/** What {@code /sign-in} takes: the e-mail address, the password and the page that asked for sign-in. */
public class SignInForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String email;
    private String password;
    private String next;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** The page that asked for sign-in, to return to afterwards. */
    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
