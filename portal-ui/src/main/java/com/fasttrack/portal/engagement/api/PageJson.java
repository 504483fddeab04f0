package com.fasttrack.portal.engagement.api;

import java.util.List;

/** One page of a list: the items, where the page starts, how long it is and how many there are in all. */
public record PageJson<T>(List<T> items, int offset, int limit, long total) {
}
