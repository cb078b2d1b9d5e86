-- Issue 18, point 6: invitation options. Where the accepted invitation sends its recipient (a URL of the
-- allow-list, checked by the application), and the membership metadata the invitation carries into the membership
-- (JSON objects of at most 8 KiB each, checked by the application; NULL is the empty object).
ALTER TABLE orgkit_invitation ADD COLUMN redirect_url VARCHAR(2048) NULL;
ALTER TABLE orgkit_invitation ADD COLUMN public_metadata TEXT NULL;
ALTER TABLE orgkit_invitation ADD COLUMN private_metadata TEXT NULL;
