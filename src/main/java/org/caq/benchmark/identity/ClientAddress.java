package org.caq.benchmark.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The address a login attempt comes from, as the login limits count it. An IPv6 client is given a whole /64 by its
 * provider and can pick any address in it, so the /64 counts as one address.
 */
final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        return normalise(request.getRemoteAddr());
    }

    static String normalise(String address) {
        if (!IPV4.matcher(address).matches() && (!address.contains(":") || address.contains("/"))) {
            // not an IP literal (an administrator's input, or an IPv6 /64 already): InetAddress would look it up
            return address;
        }
        InetAddress parsed;
        try {
            parsed = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            return address;
        }
        if (!(parsed instanceof Inet6Address)) {
            return parsed.getHostAddress();
        }
        byte[] bytes = parsed.getAddress();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString((bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff)).append(':');
        }
        return prefix.append(":/64").toString();
    }
}
