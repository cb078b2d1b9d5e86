import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Seeds the benchmark data straight into the database (the server must have migrated it first):
 * ORGS organizations, one of which ("Bench") has MEMBERS members plus an Admin user bench-admin@bench.test.
 * Prints the ids the benchmark needs: BIG_ORG, MEMBER_AT_<n>, ORG_AT_<n>.
 *
 * Usage: java -cp "org-app/target/libs/*" bench/Seed.java JDBC_URL USER PASSWORD ORGS MEMBERS DEEP_INDEX
 */
public class Seed {
    private static final TimeBasedEpochGenerator IDS = Generators.timeBasedEpochGenerator();

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int orgs = Integer.parseInt(args[3]);
        int members = Integer.parseInt(args[4]);
        int deep = Integer.parseInt(args[5]);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).withNano(0));
        try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
            c.setAutoCommit(false);
            String bigOrg = id();
            try (PreparedStatement org = c.prepareStatement("INSERT INTO orgkit_organization (id, slug, name, logo, timezone, "
                    + "version, created_at, updated_at) VALUES (?, LOWER(?), ?, NULL, 'UTC', 1, ?, ?)")) {
                add(org, bigOrg, "Bench", now);
                org.executeBatch();
                for (int i = 1; i < orgs; i++) {
                    String id = id();
                    add(org, id, "Organization " + i, now);
                    if (i == deep) {
                        System.out.println("ORG_AT_" + deep + "=" + id);
                    }
                    if (i % 1000 == 0) {
                        org.executeBatch();
                    }
                }
                org.executeBatch();
            }
            c.commit();
            System.out.println("BIG_ORG=" + bigOrg);
            String hash = Password.hash("bench-password-1").with(Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID)).getResult();
            try (PreparedStatement user = c.prepareStatement("INSERT INTO orgkit_user (id, email, name, password_hash, super_admin, "
                    + "created_at) VALUES (?, ?, ?, ?, FALSE, ?)");
                 PreparedStatement member = c.prepareStatement("INSERT INTO orgkit_membership (id, organization_id, user_id, "
                         + "role_name, joined_at, version) VALUES (?, ?, ?, ?, ?, 1)")) {
                String adminId = id();
                user.setString(1, adminId);
                user.setString(2, "bench-admin@bench.test");
                user.setString(3, "Bench Admin");
                user.setString(4, hash);
                user.setTimestamp(5, now);
                user.addBatch();
                member.setString(1, id());
                member.setString(2, bigOrg);
                member.setString(3, adminId);
                member.setString(4, "Admin");
                member.setTimestamp(5, now);
                member.addBatch();
                for (int i = 1; i <= members; i++) {
                    String userId = id();
                    user.setString(1, userId);
                    user.setString(2, "member-" + i + "@bench.test");
                    user.setString(3, "Member " + i);
                    user.setString(4, null);
                    user.setTimestamp(5, now);
                    user.addBatch();
                    String membershipId = id();
                    member.setString(1, membershipId);
                    member.setString(2, bigOrg);
                    member.setString(3, userId);
                    member.setString(4, i % 10 == 0 ? "Viewer" : "Member");
                    member.setTimestamp(5, now);
                    member.addBatch();
                    if (i == deep) {
                        System.out.println("MEMBER_AT_" + deep + "=" + membershipId);
                    }
                    if (i % 1000 == 0) {
                        user.executeBatch();
                        member.executeBatch();
                        c.commit();
                    }
                }
                user.executeBatch();
                member.executeBatch();
            }
            c.commit();
        }
    }

    private static void add(PreparedStatement org, String id, String name, Timestamp now) throws Exception {
        org.setString(1, id);
        org.setString(2, id);
        org.setString(3, name);
        org.setTimestamp(4, now);
        org.setTimestamp(5, now);
        org.addBatch();
    }

    private static String id() {
        return IDS.generate().toString();
    }
}
