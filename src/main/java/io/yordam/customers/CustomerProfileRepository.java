package io.yordam.customers;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerProfileRepository extends JpaRepository<CustomerProfile, CustomerProfile.Key> {

}
