package com.acme;
public class Case {
    void f( {
    }
    void g() { }
}
