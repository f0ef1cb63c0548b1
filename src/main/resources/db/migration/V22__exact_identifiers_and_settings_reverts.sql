-- Issue 13: the desk's search finds a ticket by an exact identifier first; playbook settings revert.

-- An order by its customer-facing number (E24-...), and a customer by their phone however it is
-- written: the phone's digits beside what the platform sent (see orders.PhoneDigits). Phones already
-- stored are brought to their digits here; a nine-digit one is an Uzbek number without its code.
alter table orders add column customer_phone_digits varchar(32);
update orders set customer_phone_digits =
    replace(replace(replace(replace(replace(replace(customer_phone, '+', ''), ' ', ''), '-', ''), '(', ''), ')', ''), '.', '')
    where customer_phone is not null;
update orders set customer_phone_digits = '998' || customer_phone_digits
    where length(customer_phone_digits) = 9;
update orders set customer_phone_digits = null
    where length(customer_phone_digits) < 9 or length(customer_phone_digits) > 15;
create index orders_by_number on orders (number);
create index orders_by_phone_digits on orders (customer_phone_digits, created_at);

-- The tickets of an order.
create index tickets_by_order on tickets (order_id, created_at);

-- A version of the playbook settings that brings back an earlier one says which.
alter table playbook_settings add column reverted_to integer;
