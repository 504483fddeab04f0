package com.fasttrack.portal.live;

import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Visibility;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes events as short text payloads (a notification channel carries at most 8000 bytes) and reads them back.
 * Anything unreadable (another version of the portal, a stray NOTIFY) is ignored rather than failing.
 */
public final class LiveEventCodec {

    private static final String SEPARATOR = "\u001F";
    private static final int NAME_MAX = 200;

    private LiveEventCodec() {
    }

    public static String encode(LiveEvent event) {
        return switch (event) {
            case EngagementChanged e -> join("E", e.engagement().toString(), e.kind().name(), e.visibility().name(),
                    e.actor() == null ? "" : e.actor().toString(), e.at().toString(), name(e.actorName()));
            case NotificationsChanged n -> join("N", n.user().toString());
            case PresenceSignal p -> join("P", p.engagement().toString(), name(p.viewer()), p.user().toString(),
                    p.kind().name(), name(p.name()));
        };
    }

    public static Optional<LiveEvent> decode(String payload) {
        String[] f = payload.split(Pattern.quote(SEPARATOR), -1);
        try {
            return Optional.of(switch (f[0]) {
                case "E" -> new EngagementChanged(engagement(f[1]), ActivityKind.valueOf(f[2]),
                        Visibility.valueOf(f[3]), f[4].isEmpty() ? null : user(f[4]), f[6], Instant.parse(f[5]));
                case "N" -> new NotificationsChanged(user(f[1]));
                case "P" -> new PresenceSignal(engagement(f[1]), f[2], user(f[3]), f[5],
                        PresenceSignal.Kind.valueOf(f[4]));
                default -> throw new IllegalArgumentException("Unknown event type " + f[0]);
            });
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static String join(String... fields) {
        return String.join(SEPARATOR, fields);
    }

    private static String name(String text) {
        String clean = text.replace(SEPARATOR, " ").replaceAll("\\R", " ");
        return clean.length() > NAME_MAX ? clean.substring(0, NAME_MAX) : clean;
    }

    private static EngagementId engagement(String text) {
        return new EngagementId(UUID.fromString(text));
    }

    private static UserId user(String text) {
        return new UserId(UUID.fromString(text));
    }
}
