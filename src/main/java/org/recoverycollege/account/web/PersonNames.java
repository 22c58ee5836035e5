package org.recoverycollege.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.platform.web.UserMessages;

/** A person's name as a page shows it: a closed account's name reads "Former student" in the page's language. */
@Named
@ApplicationScoped
public class PersonNames {

    public String shown(String displayName) {
        return UserAccount.isClosedName(displayName) ? UserMessages.text("account.closedName") : displayName;
    }
}
