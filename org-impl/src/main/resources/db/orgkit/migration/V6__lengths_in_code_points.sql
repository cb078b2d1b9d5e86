-- Text limits are counted in code points, after the normalization and case folding used for uniqueness (what JSON
-- Schema's maxLength counts). MariaDB's utf8mb4 VARCHAR(n) holds n code points, but H2's holds n UTF-16 units, where a
-- code point outside the Basic Multilingual Plane (an emoji) takes two: every column that holds such text is made
-- twice its limit wide, so that nothing that passes validation can overflow it on either database.
ALTER TABLE orgkit_organization MODIFY name VARCHAR(200) NOT NULL;
ALTER TABLE orgkit_user MODIFY name VARCHAR(200) NOT NULL;
ALTER TABLE orgkit_role MODIFY name VARCHAR(128) NOT NULL;
ALTER TABLE orgkit_role MODIFY name_key VARCHAR(128) NOT NULL;
ALTER TABLE orgkit_role MODIFY description VARCHAR(1000) NULL;
ALTER TABLE orgkit_membership MODIFY role_name VARCHAR(128) NOT NULL;
ALTER TABLE orgkit_invitation MODIFY role_name VARCHAR(128) NOT NULL;
ALTER TABLE orgkit_api_key MODIFY name VARCHAR(200) NOT NULL;
ALTER TABLE orgkit_api_key MODIFY role_name VARCHAR(128) NOT NULL;
