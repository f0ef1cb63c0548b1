package io.yordam.orders;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderRepository extends JpaRepository<Order, String> {

	List<Order> findByCustomerIdOrderByCreatedAtDesc(String customerId, Limit limit);

}
