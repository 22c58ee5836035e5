package org.recoverycollege.enrolment.entity;

/**
 * Equality monitoring: the 2021 Census ethnic groups for England (ONS, as NHS services use them), each in
 * its group, or prefer not to say. Reports count by group, so that small numbers stay small in fewer cells.
 */
public enum Ethnicity {
    ASIAN_BANGLADESHI(Group.ASIAN),
    ASIAN_CHINESE(Group.ASIAN),
    ASIAN_INDIAN(Group.ASIAN),
    ASIAN_PAKISTANI(Group.ASIAN),
    ASIAN_OTHER(Group.ASIAN),
    BLACK_AFRICAN(Group.BLACK),
    BLACK_CARIBBEAN(Group.BLACK),
    BLACK_OTHER(Group.BLACK),
    MIXED_WHITE_AND_ASIAN(Group.MIXED),
    MIXED_WHITE_AND_BLACK_AFRICAN(Group.MIXED),
    MIXED_WHITE_AND_BLACK_CARIBBEAN(Group.MIXED),
    MIXED_OTHER(Group.MIXED),
    WHITE_BRITISH(Group.WHITE),
    WHITE_IRISH(Group.WHITE),
    WHITE_GYPSY_OR_IRISH_TRAVELLER(Group.WHITE),
    WHITE_ROMA(Group.WHITE),
    WHITE_OTHER(Group.WHITE),
    OTHER_ARAB(Group.OTHER),
    OTHER_ANY(Group.OTHER),
    PREFER_NOT_TO_SAY(Group.PREFER_NOT_TO_SAY);

    /** The five 2021 Census headings, and prefer not to say. */
    public enum Group {
        ASIAN,
        BLACK,
        MIXED,
        WHITE,
        OTHER,
        PREFER_NOT_TO_SAY
    }

    private final Group group;

    Ethnicity(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }
}
