package shop;

sealed interface Event permits Event.Signup, Event.Bounce {
    record Signup(Customer who, String channel) implements Event {
        Signup {
            channel = channel == null ? "web" : channel;
        }
    }

    final class Bounce implements Event {
    }
}
