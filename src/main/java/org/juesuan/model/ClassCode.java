package org.juesuan.model;

/** A classification code a submission uses, with the name it prints for it. */
public record ClassCode(String code, String name) {
}
