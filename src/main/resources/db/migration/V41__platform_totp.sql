-- The second factor of signing in with a password (platform.security): a time-based one-time password (RFC 6238).
-- An account that has set one up gives its code after the password; the configured roles must set one up
-- (woonregie.totp.verplicht-voor). The secret (20 random bytes, base32) is shown once, at enrolment. The last time
-- step signed in with is kept, so that a code is accepted once (RFC 6238, section 5.2).
alter table gebruiker add column totp_geheim varchar(64),
    add column totp_ingesteld_op timestamptz,
    add column totp_laatste_stap bigint,
    add constraint gebruiker_totp check ((totp_geheim is null) = (totp_ingesteld_op is null));
