package org.recoverycollege.demo.control;

/** The words of the demo college: categories, courses and made-up names. */
final class DemoCatalogue {

    static final String AUDIENCE = "Everyone: people who use services, carers, family and friends, staff and the public.";

    /** slug, name, description */
    static final String[][] CATEGORIES = {
        {"understanding-mental-health", "Understanding mental health", "Learn about common experiences and what can help."},
        {"living-well", "Living well", "Practical ways to look after your wellbeing day to day."},
        {"recovery-and-self-management", "Recovery and self-management", "Plan your own recovery and build on your strengths."},
        {"carers-family-and-friends", "Carers, family and friends", "For people supporting someone they care about."},
        {"getting-involved", "Getting involved", "Use your experience to shape services and support others."},
    };

    /** category slug, title, summary, sessions, delivery mode */
    static final String[][] COURSES = {
        {"understanding-mental-health", "Understanding Anxiety", "What anxiety is, why it happens and ways to manage it, shared by people who have lived with it and a clinician.", "5", "IN_PERSON"},
        {"understanding-mental-health", "Understanding Depression", "Explore low mood and depression, and the everyday steps that help recovery.", "5", "IN_PERSON"},
        {"understanding-mental-health", "Living with Psychosis", "Making sense of unusual experiences, reducing stigma and finding hope.", "6", "IN_PERSON"},
        {"understanding-mental-health", "Understanding Bipolar", "Mood changes, early warning signs and staying well with bipolar.", "5", "BLENDED"},
        {"understanding-mental-health", "Understanding Trauma", "How trauma affects us, and the ways people rebuild safety and trust.", "4", "IN_PERSON"},
        {"understanding-mental-health", "Hearing Voices: an Introduction", "Different ways of understanding voices and how people live well with them.", "4", "IN_PERSON"},
        {"living-well", "Sleep Well", "Why sleep matters and practical ways to sleep better.", "3", "ONLINE"},
        {"living-well", "Mindfulness for Beginners", "Gentle mindfulness practices for everyday life.", "6", "ONLINE"},
        {"living-well", "Food and Mood", "How what we eat affects how we feel, with simple, affordable ideas.", "3", "IN_PERSON"},
        {"living-well", "Managing Stress", "Spot the signs of stress and build a toolkit that works for you.", "4", "ONLINE"},
        {"living-well", "Creative Writing for Wellbeing", "Writing as a way to reflect, express and connect.", "6", "IN_PERSON"},
        {"recovery-and-self-management", "Wellness Recovery Action Planning (WRAP)", "Create your own plan for staying well and what helps when things get hard.", "6", "IN_PERSON"},
        {"recovery-and-self-management", "WRAP: Going Further", "Review and deepen your WRAP with others who have written one.", "4", "IN_PERSON"},
        {"recovery-and-self-management", "Building Confidence", "Recognise your strengths and grow confidence at your own pace.", "5", "IN_PERSON"},
        {"recovery-and-self-management", "Understanding Recovery", "What recovery means to different people, and what helps along the way.", "4", "BLENDED"},
        {"recovery-and-self-management", "Managing Medication", "Talking with your prescriber and making informed choices about medication.", "3", "ONLINE"},
        {"recovery-and-self-management", "Hope and Goal Setting", "Set goals that matter to you and take the first steps.", "4", "IN_PERSON"},
        {"recovery-and-self-management", "Coping with Loneliness", "Understand loneliness and find ways to reconnect.", "4", "ONLINE"},
        {"carers-family-and-friends", "Supporting Someone You Care For", "For carers, family and friends: understanding services and looking after yourself too.", "5", "IN_PERSON"},
        {"carers-family-and-friends", "Carers' Wellbeing", "Space for carers to recharge and share what helps.", "4", "ONLINE"},
        {"carers-family-and-friends", "Talking About Mental Health at Home", "Having difficult conversations with compassion.", "3", "IN_PERSON"},
        {"getting-involved", "Getting Involved in Co-production", "How people with lived experience and staff design services together.", "4", "IN_PERSON"},
        {"getting-involved", "Telling Your Story Safely", "Sharing your experience in ways that feel safe and make a difference.", "4", "IN_PERSON"},
        {"getting-involved", "Introduction to Peer Support", "What peer support is and whether it could be for you.", "5", "BLENDED"},
        {"getting-involved", "Becoming a Peer Trainer", "Preparing to co-deliver courses at the college.", "6", "IN_PERSON"},
    };

    static final String[] PEER_NAMES = {
        "Jordan Ellis", "Priya Sandhu", "Marek Nowak", "Chloe Bennett", "Tom Okafor",
        "Aisha Rahman", "Liam O'Neill", "Grace Whitfield", "Daniel Kowalski", "Ruth Mensah",
    };

    static final String[] PROFESSIONAL_NAMES = {
        "Dr Helen Carter", "Mark Thompson", "Sofia Almeida", "James Hughes", "Nadia Petrova",
        "Owen Price", "Fatima Begum", "Rachel Green", "Kwame Asante", "Emma Lawson",
    };

    static final String[] FIRST_NAMES = {
        "Alex", "Bea", "Cal", "Dee", "Eli", "Faye", "Gus", "Hana", "Ivan", "Jess", "Kai", "Lena", "Milo", "Nia",
        "Omar", "Pia", "Quinn", "Rosa", "Sean", "Tara", "Umar", "Vera", "Wes", "Yara", "Zoe",
    };

    static final String[] LAST_NAMES = {
        "Adams", "Brown", "Clarke", "Davies", "Evans", "Fisher", "Grant", "Hall", "Iqbal", "Jones", "Khan", "Lewis",
        "Morgan", "Nolan", "Owen", "Patel", "Reed", "Singh", "Taylor", "Walsh", "Young", "Zielinski",
    };

    private DemoCatalogue() {
    }

    static String easyRead(String title, int sessions) {
        return "This is a course about " + title.toLowerCase() + ". It has " + sessions
                + " meetings. Two trainers lead it. One of them has been through similar things. You can ask questions"
                + " and you do not have to talk if you do not want to.";
    }

    static String outcomes(String title) {
        return "Understand more about " + title.toLowerCase() + ".\nShare what helps with others.\n"
                + "Leave with ideas you can use in your own life.";
    }
}
