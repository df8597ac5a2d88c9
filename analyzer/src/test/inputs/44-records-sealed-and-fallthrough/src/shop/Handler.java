package shop;

class Handler {
    void handle(Mailer mailer, Event e, String kind) {
        String body = "";
        switch (kind) {
            case "a":
                body = "first";
            case "b":
                body = body + "second";
                break;
            default:
                body = "other";
        }
        if (e instanceof Event.Signup(Customer who, String channel)) {
            mailer.send(who.getEmail(), body + channel);
        }
    }
}
