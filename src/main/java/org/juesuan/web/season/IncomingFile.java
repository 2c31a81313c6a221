package org.juesuan.web.season;

/** One file as the browser sent it: the name the user's computer gave it (only ever shown or sanitised) and its bytes. */
public record IncomingFile(String originalName, byte[] bytes) {
}
