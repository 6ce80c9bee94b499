// Passwords of ten or more characters that top the public breach lists (and their obvious
// shop-flavoured cousins). A short list on purpose: it stops the guesses an attacker tries first.
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "1234567890", "12345678910", "123456789a", "0123456789", "0987654321", "1111111111", "1q2w3e4r5t",
  "1qaz2wsx3edc", "qwertyuiop", "qwerty12345", "qwerty123456", "asdfghjkl1", "zxcvbnm123",
  "password12", "password123", "password1234", "password!1", "passw0rd123", "p@ssw0rd12", "p@ssword123",
  "iloveyou12", "iloveyou123", "letmein123", "welcome123", "welcome1234", "abc1234567", "abcdefghij",
  "abcd123456", "football12", "baseball12", "princess12", "sunshine12", "trustno123", "dragon1234",
  "monkey1234", "superman12", "batman1234", "starwars12", "whatever12", "changeme12", "changeme123",
  "administrator", "admin12345", "admin123456", "test123456", "testtest12", "qazwsxedc1", "1qazxsw23edc",
  "aaaaaaaaaa", "11111111111", "123123123123", "987654321a", "q1w2e3r4t5", "zaq12wsxcde",
  "cartwright1", "cartwright123", "shopping123", "password2024", "password2025", "password2026",
  "summer2025!", "winter2025!", "spring2026!", "autumn2025!", "qwertyuiop1", "asdfghjkl;",
  "michael123", "jennifer12", "computer12", "internet12", "samsung123", "google1234", "facebook12",
]);
