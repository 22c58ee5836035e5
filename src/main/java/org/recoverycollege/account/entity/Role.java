package org.recoverycollege.account.entity;

import org.recoverycollege.platform.control.Caller;

/** The roles of the college; one person may hold several. Names match the security constraints. */
public enum Role {
    STUDENT("student"),
    TUTOR("tutor"),
    ADMIN("admin");

    /** Role names as constants, for {@code @RolesAllowed} and web.xml. */
    public static final String STUDENT_NAME = Caller.STUDENT;
    public static final String TUTOR_NAME = Caller.TUTOR;
    public static final String ADMIN_NAME = Caller.ADMINISTRATOR;

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public static Role fromRoleName(String name) {
        for (Role role : values()) {
            if (role.roleName.equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role " + name);
    }
}
