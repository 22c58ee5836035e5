-- The college's privacy notice, one row per published version (the version number is the key; rows are
-- never changed), and each account's acceptance of a version with its time. Sign-up requires accepting the
-- current version; a person whose last accepted version is older is asked again at their next sign-in.
CREATE TABLE privacy_notice (
    notice_version INTEGER      PRIMARY KEY,
    published_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by   VARCHAR(254) NOT NULL,
    text_en        VARCHAR(20000) NOT NULL,
    text_pl        VARCHAR(20000) NOT NULL,
    CONSTRAINT ck_privacy_notice_version CHECK (notice_version >= 1)
);

CREATE TABLE privacy_acceptance (
    id             BIGINT  PRIMARY KEY,
    version        BIGINT  NOT NULL,
    account_id     BIGINT  NOT NULL REFERENCES user_account (id),
    notice_version INTEGER NOT NULL REFERENCES privacy_notice (notice_version),
    accepted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_privacy_acceptance UNIQUE (account_id, notice_version)
);

INSERT INTO privacy_notice (notice_version, published_at, published_by, text_en, text_pl) VALUES (1,
    TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 'system',
    'Who we are: the Recovery College is run by the mental health trust and its partners. We are responsible for the personal data you give us.

What we keep: your name, e-mail address and password (stored only as a secure hash), the language you read, how you are connected with mental health services (as you choose to tell us), your phone number and contact choices if you give them, the support and communication needs you record, your enrolments, attendance, and any feedback you give. We never ask for a diagnosis.

Why: to run your enrolments, tell you about your courses, make the sessions accessible to you, and report anonymous figures to the trust. Our lawful basis is the public task of the trust; for the needs you record, it is the provision of health and social care services.

Who sees it: you; the two tutors of a course you are on see your name and the needs you record, and nothing else; the college''s administrators see your record, and every time they open or change it is logged.

How long: we keep your data while your account is in use. You can download everything we hold about you from "My details" at any time, and close your account there: your personal data is then erased and only anonymous figures remain.

Your rights: you may ask to see, correct or erase your data, object to its use, or complain to the Information Commissioner''s Office. Ask the college office about anything in this notice.',
    'Kim jesteśmy: Recovery College prowadzi fundacja zdrowia psychicznego wraz z partnerami. Odpowiadamy za dane osobowe, które nam przekazujesz.

Co przechowujemy: imię i nazwisko, adres e-mail i hasło (zapisane wyłącznie jako bezpieczny skrót), język, w którym czytasz, Twój związek z usługami zdrowia psychicznego (tak, jak zechcesz go opisać), numer telefonu i preferencje kontaktu, jeśli je podasz, zapisane potrzeby wsparcia i komunikacji, zapisy na kursy, obecność oraz opinie, które przekażesz. Nigdy nie pytamy o diagnozę.

Po co: aby obsługiwać Twoje zapisy, informować Cię o kursach, dostosować zajęcia do Twoich potrzeb i przekazywać fundacji anonimowe zestawienia. Podstawą prawną jest zadanie publiczne fundacji, a w przypadku zapisanych potrzeb – świadczenie usług zdrowotnych i społecznych.

Kto je widzi: Ty; dwoje prowadzących kurs, na który się zapisałeś(-aś), widzi tylko Twoje imię i nazwisko oraz zapisane potrzeby; administratorzy college''u widzą Twoje dane, a każde ich otwarcie lub zmiana jest rejestrowane.

Jak długo: przechowujemy dane, dopóki korzystasz z konta. W każdej chwili możesz pobrać wszystkie dane, które o Tobie mamy, na stronie „Moje dane” i tam też zamknąć konto: Twoje dane osobowe zostaną wtedy usunięte, a zostaną tylko anonimowe zestawienia.

Twoje prawa: możesz poprosić o wgląd w dane, ich poprawienie lub usunięcie, sprzeciwić się ich wykorzystaniu albo złożyć skargę do organu nadzorczego. O wszystko, co dotyczy tej informacji, zapytaj biuro college''u.');
