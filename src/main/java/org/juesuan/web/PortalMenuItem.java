package org.juesuan.web;

import org.juesuan.web.account.PortalRole;

/**
 * One entry of the menu the layout shows to a role; every bean of this type is an entry, in {@code order}. The
 * first entry of a role is its home: {@code /} leads there.
 *
 * @param messageKey the entry's text in {@code messages.properties}
 * @param path       where it leads (a path of this portal, no parameters)
 */
public record PortalMenuItem(PortalRole role, int order, String messageKey, String path) {
}
